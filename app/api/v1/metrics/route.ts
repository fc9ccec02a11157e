import { getMetricSeries, MetricQuery } from "@/lib/metrics/queries";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  query: MetricQuery,
  handler: ({ auth, query }) => getMetricSeries({ projectId: auth.projectId, query }),
});
