package dev.nbmigrate.runtime.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redaction of registered values from text and exception chains. */
class RedactorTest {

    @Test
    void redactsRegisteredValuesAndTheirUrlEncodedForm() {
        Redactor.register("p@ss word!42");
        assertThat(Redactor.redact("pw=p@ss word!42&q=p%40ss+word%2142")).isEqualTo("pw=[REDACTED]&q=[REDACTED]");
        assertThat(Redactor.redact(null)).isNull();
    }

    @Test
    void tooShortValuesAreNotRegistered() {
        Redactor.register("ab1");
        assertThat(Redactor.redact("tab1e")).isEqualTo("tab1e");
    }

    @Test
    void sanitizeKeepsCleanExceptionsAndCopiesDirtyChains() {
        Redactor.register("s3cr3t-value-99");
        IllegalStateException clean = new IllegalStateException("nothing to hide");
        assertThat(Redactor.sanitize(clean)).isSameAs(clean);

        IllegalStateException dirty = new IllegalStateException("outer",
                new java.io.IOException("inner s3cr3t-value-99"));
        dirty.addSuppressed(new RuntimeException("suppressed s3cr3t-value-99"));
        Throwable safe = Redactor.sanitize(dirty);
        assertThat(safe).isInstanceOf(RedactedException.class).hasToString("java.lang.IllegalStateException: outer");
        assertThat(((RedactedException) safe).originalClassName()).isEqualTo("java.lang.IllegalStateException");
        assertThat(safe.getStackTrace()).isEqualTo(dirty.getStackTrace());
        assertThat(safe.getCause()).hasToString("java.io.IOException: inner [REDACTED]")
                .hasMessage("inner [REDACTED]");
        assertThat(safe.getSuppressed()[0]).hasToString("java.lang.RuntimeException: suppressed [REDACTED]");
    }

    @Test
    void secretToStringNeverShowsTheValue() {
        Secret secret = new Secret("db-password", "hunter2-hunter2");
        assertThat(secret).hasToString("Secret[db-password]");
        assertThat(Redactor.redact("x hunter2-hunter2 y")).isEqualTo("x [REDACTED] y");
    }
}
