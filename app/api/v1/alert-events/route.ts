import { listAlertEvents } from "@/lib/alerts/queries";
import { AlertEventQuery } from "@/lib/alerts/schemas";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  query: AlertEventQuery,
  handler: ({ auth, query }) => listAlertEvents({ projectId: auth.projectId, filter: query }),
});
