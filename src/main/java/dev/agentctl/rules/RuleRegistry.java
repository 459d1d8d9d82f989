package dev.agentctl.rules;

import dev.agentctl.rules.fields.BlankNameOrDescription;
import dev.agentctl.rules.fields.BypassPermissions;
import dev.agentctl.rules.fields.DuplicateKey;
import dev.agentctl.rules.fields.InvalidBackground;
import dev.agentctl.rules.fields.InvalidColor;
import dev.agentctl.rules.fields.InvalidEffort;
import dev.agentctl.rules.fields.InvalidIsolation;
import dev.agentctl.rules.fields.InvalidMaxTurns;
import dev.agentctl.rules.fields.InvalidMemory;
import dev.agentctl.rules.fields.InvalidPermissionMode;
import dev.agentctl.rules.fields.NameFilenameMismatch;
import dev.agentctl.rules.fields.NameFormat;
import dev.agentctl.rules.fields.UnknownHookEvent;
import dev.agentctl.rules.fields.UnknownKey;
import dev.agentctl.rules.fields.UnknownModel;
import dev.agentctl.rules.load.CrlfBlocksRepair;
import dev.agentctl.rules.load.FileTooLarge;
import dev.agentctl.rules.load.GarbledText;
import dev.agentctl.rules.load.HookEventAtTopLevel;
import dev.agentctl.rules.load.InvalidHooks;
import dev.agentctl.rules.load.InvalidName;
import dev.agentctl.rules.load.InvalidYaml;
import dev.agentctl.rules.load.MissingDescription;
import dev.agentctl.rules.load.MissingFrontmatter;
import dev.agentctl.rules.load.MissingName;
import dev.agentctl.rules.load.NotAnAgent;
import dev.agentctl.rules.load.UnreadableFile;
import dev.agentctl.rules.load.UnterminatedFrontmatter;
import dev.agentctl.rules.load.WrongEncoding;
import dev.agentctl.rules.plugin.PluginAgentPlaceholder;
import dev.agentctl.rules.plugin.PluginIgnoredKey;
import dev.agentctl.rules.plugin.PluginManifest;
import dev.agentctl.rules.plugin.UnknownSkill;
import dev.agentctl.rules.project.DescriptionTokenBudget;
import dev.agentctl.rules.project.DuplicateName;
import dev.agentctl.rules.tools.DuplicateTool;
import dev.agentctl.rules.tools.EmptyTools;
import dev.agentctl.rules.tools.LegacyToolAlias;
import dev.agentctl.rules.tools.MultilineToolEntry;
import dev.agentctl.rules.tools.RemovedTool;
import dev.agentctl.rules.tools.ToolAlsoDisallowed;
import dev.agentctl.rules.tools.ToolNeverGranted;
import dev.agentctl.rules.tools.UnknownTool;
import dev.agentctl.rules.yaml.RepairOnlyValue;
import dev.agentctl.rules.yaml.RepairedFlowList;
import dev.agentctl.rules.yaml.TripleDashInValue;
import java.util.List;
import java.util.Optional;

/** Every rule agentctl has, in id order. Listed by hand: no class-path scanning at start-up, and a reviewable list. */
public final class RuleRegistry {

    private static final List<Rule> ALL = List.of(
            new MissingFrontmatter(),
            new UnterminatedFrontmatter(),
            new InvalidYaml(),
            new CrlfBlocksRepair(),
            new MissingName(),
            new InvalidName(),
            new MissingDescription(),
            new HookEventAtTopLevel(),
            new InvalidHooks(),
            new FileTooLarge(),
            new UnreadableFile(),
            new RepairOnlyValue(),
            new RepairedFlowList(),
            new TripleDashInValue(),
            new EmptyTools(),
            new RemovedTool(),
            new LegacyToolAlias(),
            new UnknownTool(),
            new ToolNeverGranted(),
            new DuplicateTool(),
            new UnknownKey(),
            new DuplicateKey(),
            new InvalidColor(),
            new InvalidPermissionMode(),
            new InvalidEffort(),
            new InvalidMemory(),
            new InvalidIsolation(),
            new InvalidMaxTurns(),
            new InvalidBackground(),
            new UnknownModel(),
            new NameFormat(),
            new NameFilenameMismatch(),
            new DuplicateName(),
            new DescriptionTokenBudget(),
            new NotAnAgent(),
            new WrongEncoding(),
            new GarbledText(),
            new PluginManifest(),
            new PluginAgentPlaceholder(),
            new PluginIgnoredKey(),
            new UnknownSkill(),
            new UnknownHookEvent(),
            new MultilineToolEntry(),
            new BlankNameOrDescription(),
            new ToolAlsoDisallowed(),
            new BypassPermissions());

    private static final List<RuleMeta> METAS = ALL.stream().map(Rule::meta).toList();

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static List<RuleMeta> metas() {
        return METAS;
    }

    /** A rule by id ({@code AG012}) or name ({@code repair-only-value}). */
    public static Optional<RuleMeta> find(String idOrName) {
        return METAS.stream().filter(m -> m.id().equalsIgnoreCase(idOrName) || m.name().equals(idOrName)).findFirst();
    }
}
