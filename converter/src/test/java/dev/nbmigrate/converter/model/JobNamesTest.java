package dev.nbmigrate.converter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobNamesTest {

    @ParameterizedTest
    @CsvSource({
        "daily_covers_sales.ipynb, daily-covers-sales, DailyCoversSalesJob, dev.nbmigrate.jobs.dailycoverssales",
        "Menu Item Popularity (v2).ipynb, menu-item-popularity-v2, MenuItemPopularityV2Job, dev.nbmigrate.jobs.menuitempopularityv2",
        "siteWeeklyKPI_databricks.py, site-weekly-kpi-databricks, SiteWeeklyKpiDatabricksJob, dev.nbmigrate.jobs.siteweeklykpidatabricks",
        "2024 forecast.ipynb, job-2024-forecast, Job2024ForecastJob, dev.nbmigrate.jobs.job2024forecast",
        "../../etc/passwd, etc-passwd, EtcPasswdJob, dev.nbmigrate.jobs.etcpasswd",
    })
    void namesComeFromTheFileName(String file, String module, String jobClass, String javaPackage) {
        JobNames names = JobNames.fromNotebookName(file);
        assertThat(names.module()).isEqualTo(module);
        assertThat(names.jobClass()).isEqualTo(jobClass);
        assertThat(names.javaPackage()).isEqualTo(javaPackage);
        assertThat(names.configClass()).isEqualTo(jobClass.replaceFirst("Job$", "Config"));
        assertThat(names.testClass()).isEqualTo(jobClass + "Test");
    }

    @org.junit.jupiter.api.Test
    void aLongNameKeepsItsFirstWordsAndEndsWithAHashOfTheWholeName() {
        String file = "Azure-Samples__modern-data-warehouse-dataops__archive__e2e_samples__parking_sensors_synapse"
                + "__synapse__notebook__02_standardize.ipynb";
        JobNames names = JobNames.fromNotebookName(file);
        JobNames other = JobNames.fromNotebookName(file.replace("02_standardize", "03_transform"));

        assertThat(names.module()).hasSizeLessThanOrEqualTo(JobNames.MAX_MODULE)
                .matches("azure-samples-modern-data-warehouse-[0-9a-f]{8}");
        assertThat(names.javaPackage()).isEqualTo("dev.nbmigrate.jobs." + names.module().replace("-", ""));
        assertThat(names.jobClass()).startsWith("AzureSamplesModernDataWarehouse").endsWith("Job");
        assertThat(JobNames.fromNotebookName(file)).isEqualTo(names);
        assertThat(other.module()).isNotEqualTo(names.module())
                .startsWith("azure-samples-modern-data-warehouse-");
    }

    @org.junit.jupiter.api.Test
    void aNameOfExactlyTheLimitIsKeptAndOneMoreIsShortened() {
        String limit = "a".repeat(JobNames.MAX_MODULE);
        assertThat(JobNames.fromNotebookName(limit + ".ipynb").module()).isEqualTo(limit);
        assertThat(JobNames.fromNotebookName(limit + "b.ipynb").module())
                .hasSize(JobNames.MAX_MODULE).startsWith("a".repeat(JobNames.MAX_MODULE - 9) + "-");
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "'___.ipynb', '___.ipynb'"})
    void aNameWithoutLettersOrDigitsIsRefused(String file, String shown) {
        assertThatThrownBy(() -> JobNames.fromNotebookName(file)).hasMessage("no job name can be made from '" + shown + "'");
    }
}
