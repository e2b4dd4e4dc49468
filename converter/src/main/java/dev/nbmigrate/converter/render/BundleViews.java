package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;

import dev.nbmigrate.converter.model.ClusterSettings;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.render.ModuleViews.BundleVariable;
import dev.nbmigrate.converter.render.ModuleViews.BundleView;
import dev.nbmigrate.converter.render.ModuleViews.ParameterView;
import dev.nbmigrate.converter.render.ModuleViews.Setting;

/** The view of the module's Databricks bundle ({@code databricks.yml}) for the templates. */
final class BundleViews {

    private BundleViews() {
    }

    /** @param environments whether the bundle's targets come from the portfolio's environments */
    static BundleView bundleView(JobModel model, List<ParameterView> parameters, boolean environments) {
        List<BundleVariable> variables = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        variables.add(new BundleVariable("env", "Deployment environment whose path rules the job applies (--env)",
                "prod"));
        arguments.add("--env=${var.env}");
        if (environments) {
            variables.add(new BundleVariable("storage_account", "Storage account of the environment's data; lake"
                    + " paths move to it and paths on other accounts are refused at start (--storage-account)", null));
            arguments.add("--storage-account=${var.storage_account}");
        }
        boolean secrets = parameters.stream().anyMatch(ParameterView::secret);
        if (secrets) {
            variables.add(new BundleVariable("secret_scope", "Databricks secret scope holding the job's secrets"
                    + " (--secret-scope)", model.names().module()));
            arguments.add("--secret-scope=${var.secret_scope}");
        }
        for (ParameterView parameter : parameters) {
            if (parameter.secret()) {
                continue;
            }
            variables.add(new BundleVariable(parameter.bundleVariable(), parameter.help() + " (" + parameter.option()
                    + ")", parameter.defaultValue()));
            arguments.add(parameter.option() + "=${var." + parameter.bundleVariable() + "}");
        }
        variables.add(new BundleVariable("cluster_node_type", "Node type of the job cluster's driver and workers",
                "Standard_D4ds_v5"));
        variables.add(new BundleVariable("cluster_workers", "Number of workers of the job cluster", "2"));
        List<String> keys = parameters.stream().filter(ParameterView::secret).map(ParameterView::secretKey).distinct()
                .sorted().toList();
        // Settings Spark takes only when the cluster starts: the job cluster's spark_conf, not the job's code.
        List<Setting> clusterConf = model.sparkConf().entrySet().stream()
                .filter(e -> ClusterSettings.isCluster(e.getKey()))
                .map(e -> new Setting(e.getKey(), e.getValue())).toList();
        return new BundleView(model.names().module().replace('-', '_'), variables, arguments, keys,
                model.names().module(), clusterConf);
    }
}
