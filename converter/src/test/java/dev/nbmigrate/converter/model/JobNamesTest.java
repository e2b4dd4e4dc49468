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

    @ParameterizedTest
    @CsvSource({"'', ''", "'___.ipynb', '___.ipynb'"})
    void aNameWithoutLettersOrDigitsIsRefused(String file, String shown) {
        assertThatThrownBy(() -> JobNames.fromNotebookName(file)).hasMessage("no job name can be made from '" + shown + "'");
    }
}
