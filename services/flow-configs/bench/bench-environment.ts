/**
 * Imported first by the bench, so it runs before any module that reads these at import: the SDK's Node 20
 * warning (here and in every fresh process the load figures start) and the handlers' EMF metrics, whose
 * cost the bench measures but whose line per call it does not print.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
process.env.POWERTOOLS_METRICS_DISABLED = "true";
