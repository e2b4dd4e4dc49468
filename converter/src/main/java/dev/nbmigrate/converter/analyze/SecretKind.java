package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Code;

/** The kinds of hard-coded secret the analyser recognises, each with its diagnostic code. */
public enum SecretKind {
    /** An Azure storage account key, e.g. set as {@code fs.azure.account.key.<account>...}. */
    STORAGE_ACCOUNT_KEY(Code.NBM401, "storage account key"),
    /** A shared access signature ({@code sv=...&sig=...}), e.g. set as {@code fs.azure.sas.<container>...}. */
    SAS_TOKEN(Code.NBM402, "SAS token"),
    /** A password in a JDBC URL, in {@code .option("password", ...)} or in JDBC connection properties. */
    JDBC_PASSWORD(Code.NBM403, "JDBC password"),
    /** A connection string holding a key or password ({@code AccountKey=}, {@code SharedAccessKey=}, ...). */
    CONNECTION_STRING(Code.NBM404, "connection string with a key"),
    /** Any other credential: client secrets, access keys, tokens, passwords, private keys. */
    CREDENTIAL(Code.NBM405, "credential");

    private final Code code;
    private final String label;

    SecretKind(Code code, String label) {
        this.code = code;
        this.label = label;
    }

    public Code code() {
        return code;
    }

    /** What it is, in words, for messages and reports: {@code storage account key}. */
    public String label() {
        return label;
    }
}
