# Logging of ${module.name}'s tests: the job's own lines, Spark's warnings only.
status = warn
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %-5level %c{1} - %msg%n
rootLogger.level = warn
rootLogger.appenderRef.console.ref = console
logger.job.name = ${module.packageName}
logger.job.level = info
logger.runtime.name = dev.nbmigrate
logger.runtime.level = info
