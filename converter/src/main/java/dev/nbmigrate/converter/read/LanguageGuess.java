package dev.nbmigrate.converter.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses the language of code cells when the notebook does not say: each line that looks like Python, Scala or R
 * scores for that language; the highest total wins.
 */
final class LanguageGuess {

    private record Rule(Language language, int weight, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Language.PYTHON, 2, Pattern.compile("^\\s*from\\s+[\\w.]+\\s+import\\s")),
            new Rule(Language.PYTHON, 2, Pattern.compile("^\\s*def\\s+\\w+\\s*\\(.*\\)\\s*(->.*)?:\\s*(#.*)?$")),
            new Rule(Language.PYTHON, 1, Pattern.compile(
                    "^\\s*(if|elif|for|while|with|try|except|else|class)\\b.*:\\s*(#.*)?$")),
            new Rule(Language.PYTHON, 1, Pattern.compile("^\\s*import\\s+[\\w.]+(\\s+as\\s+\\w+)?\\s*$")),
            new Rule(Language.PYTHON, 1, Pattern.compile("(?<!\\w)print\\s*\\(")),
            new Rule(Language.SCALA, 2, Pattern.compile("^\\s*(val|var|lazy\\s+val)\\s+\\w+")),
            new Rule(Language.SCALA, 2, Pattern.compile("^\\s*import\\s+[\\w.]+\\.(_|\\{)")),
            new Rule(Language.SCALA, 2, Pattern.compile("^\\s*(case\\s+class|object|trait|implicit)\\s+\\w+")),
            new Rule(Language.SCALA, 1, Pattern.compile("=>|\\bprintln\\(")),
            new Rule(Language.R, 2, Pattern.compile("^\\s*[\\w.]+\\s*<-")),
            new Rule(Language.R, 2, Pattern.compile("^\\s*(library|require)\\(")),
            new Rule(Language.R, 2, Pattern.compile("SparkR::|sparkR\\.session\\(")));

    private LanguageGuess() {
    }

    /** The likeliest language of these code cells, or {@link Language#UNKNOWN} when nothing scores. */
    static Language of(List<Cell> codeCells) {
        Map<Language, Integer> scores = new EnumMap<>(Language.class);
        for (Cell cell : codeCells) {
            for (String line : cell.sourceLines()) {
                for (Rule rule : RULES) {
                    if (rule.pattern().matcher(line).find()) {
                        scores.merge(rule.language(), rule.weight(), Integer::sum);
                    }
                }
            }
        }
        Language best = Language.UNKNOWN;
        int bestScore = 0;
        for (Language language : List.of(Language.PYTHON, Language.SCALA, Language.R)) {
            int score = scores.getOrDefault(language, 0);
            if (score > bestScore) {
                best = language;
                bestScore = score;
            }
        }
        return best;
    }
}
