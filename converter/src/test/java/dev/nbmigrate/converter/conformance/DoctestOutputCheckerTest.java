package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DoctestOutputCheckerTest {

    private final DoctestOutputChecker both = DoctestOutputChecker.forFlags(List.of("ELLIPSIS", "NORMALIZE_WHITESPACE"));
    private final DoctestOutputChecker strict = DoctestOutputChecker.forFlags(List.of());

    @Test
    void exactTextAlwaysMatches() {
        assertThat(strict.matches("Row(a=1)\n", "Row(a=1)\n")).isTrue();
        assertThat(strict.matches("Row(a=1)\n", "Row(a=2)\n")).isFalse();
    }

    @Test
    void whitespaceRunsCompareEqualOnlyWhenNormalised() {
        String want = "+---+\n| id|\n+---+\n|  0|\n+---+\n";
        String got = "+---+\n| id|\n+---+\n|  0|  \n+---+";
        assertThat(both.matches(want, got)).isTrue();
        assertThat(strict.matches(want, got)).isFalse();
        assertThat(both.matches("[Row(a=1),\n Row(a=2)]", "[Row(a=1), Row(a=2)]")).isTrue();
        assertThat(both.matches("[Row(a=1), Row(a=2)]", "[Row(a=1),Row(a=2)]")).isFalse();
    }

    @Test
    void ellipsisMatchesAnyTextInOrder() {
        assertThat(both.matches("Row(EXPM1(1)=1.71828...)\n", "Row(EXPM1(1)=1.718281828459045)\n")).isTrue();
        assertThat(both.matches("Row(EXPM1(1)=1.71828...)\n", "Row(EXPM1(1)=1.7)\n")).isFalse();
        assertThat(both.matches("a...b...c", "a-b-c")).isTrue();
        assertThat(both.matches("a...c...b", "a-b-c")).isFalse();
        assertThat(both.matches("aa...aa", "aaa")).isFalse();
        assertThat(strict.matches("1.71...", "1.71828")).isFalse();
    }

    @Test
    void blanklineMarkerStandsForAnEmptyLine() {
        assertThat(strict.matches("a\n<BLANKLINE>\nb\n", "a\n\nb\n")).isTrue();
    }
}
