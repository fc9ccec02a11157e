import { exportContracts } from "@/lib/contracts/pin";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  handler: async ({ auth }) =>
    new Response(`${JSON.stringify(await exportContracts({ projectId: auth.projectId }), null, 2)}\n`, {
      headers: { "content-type": "application/json", "content-disposition": 'attachment; filename="contracts.json"' },
    }),
});
