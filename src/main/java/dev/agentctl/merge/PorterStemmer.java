package dev.agentctl.merge;

/**
 * The original Porter (1980) stemmer, written to give the same stems as the project's judge ({@code porter.py}), so
 * that what the merge calls "the same words" is what the judge calls so too. Stateless.
 */
final class PorterStemmer {

    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"}, {"bli", "ble"},
        {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"},
        {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},
        {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}};
    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}};
    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize"};

    static {
        // The reference tries the longest suffix first; a stable sort keeps its tie order.
        java.util.Arrays.sort(STEP2, (a, b) -> b[0].length() - a[0].length());
        java.util.Arrays.sort(STEP3, (a, b) -> b[0].length() - a[0].length());
        java.util.Arrays.sort(STEP4, (a, b) -> b.length() - a.length());
    }

    private PorterStemmer() {
    }

    static String stem(String word) {
        String w = word;
        if (w.length() <= 2) {
            return w;
        }
        if (w.endsWith("sses") || w.endsWith("ies")) {
            w = cut(w, 2);
        } else if (!w.endsWith("ss") && w.endsWith("s")) {
            w = cut(w, 1);
        }
        boolean cleanup = false;
        if (w.endsWith("eed")) {
            if (measure(cut(w, 3)) > 0) {
                w = cut(w, 1);
            }
        } else if (w.endsWith("ed") && hasVowel(cut(w, 2))) {
            w = cut(w, 2);
            cleanup = true;
        } else if (w.endsWith("ing") && hasVowel(cut(w, 3))) {
            w = cut(w, 3);
            cleanup = true;
        }
        if (cleanup) {
            if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
                w += "e";
            } else if (doubleConsonant(w) && "lsz".indexOf(last(w)) < 0) {
                w = cut(w, 1);
            } else if (measure(w) == 1 && cvc(w)) {
                w += "e";
            }
        }
        if (w.endsWith("y") && hasVowel(cut(w, 1))) {
            w = cut(w, 1) + "i";
        }
        w = replace(w, STEP2);
        w = replace(w, STEP3);
        for (String s : STEP4) {
            if (w.endsWith(s)) {
                String st = cut(w, s.length());
                if (measure(st) > 1 && (!s.equals("ion") || (!st.isEmpty() && "st".indexOf(last(st)) >= 0))) {
                    w = st;
                }
                break;
            }
        }
        if (w.endsWith("e")) {
            String st = cut(w, 1);
            int m = measure(st);
            if (m > 1 || (m == 1 && !cvc(st))) {
                w = st;
            }
        }
        if (measure(w) > 1 && doubleConsonant(w) && w.endsWith("l")) {
            w = cut(w, 1);
        }
        return w;
    }

    private static String replace(String w, String[][] rules) {
        for (String[] rule : rules) {
            if (w.endsWith(rule[0])) {
                String st = cut(w, rule[0].length());
                return measure(st) > 0 ? st + rule[1] : w;
            }
        }
        return w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static char last(String w) {
        return w.charAt(w.length() - 1);
    }

    private static boolean consonant(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return false;
        }
        return c != 'y' || i == 0 || !consonant(w, i - 1);
    }

    private static int measure(String st) {
        int n = 0;
        int i = 0;
        int len = st.length();
        while (i < len && consonant(st, i)) {
            i++;
        }
        while (i < len) {
            while (i < len && !consonant(st, i)) {
                i++;
            }
            if (i >= len) {
                break;
            }
            n++;
            while (i < len && consonant(st, i)) {
                i++;
            }
        }
        return n;
    }

    private static boolean hasVowel(String st) {
        for (int i = 0; i < st.length(); i++) {
            if (!consonant(st, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1);
    }

    private static boolean cvc(String w) {
        int n = w.length();
        return n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1) && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }
}
