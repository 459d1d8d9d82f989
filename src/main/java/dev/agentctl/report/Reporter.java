package dev.agentctl.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one format. Reporters never compute positions or decide what is a problem. */
public interface Reporter {

    void write(Report report, Writer out) throws IOException;
}
