import { orThrow, parseContractsText } from "@/lib/contracts/file";
import { authorOf, readJsonText } from "@/lib/contracts/http";
import { importContracts } from "@/lib/contracts/pin";
import { route } from "@/lib/http/route";

/** Body: a contracts file as exported (`{version: 1, contracts: [{from, to, schema}]}`). */
export const POST = route({
  auth: "key-or-session",
  handler: async ({ req, auth }) => {
    const file = orThrow(parseContractsText(await readJsonText(req)), "body");
    return importContracts({ projectId: auth.projectId, file, author: authorOf(auth) });
  },
});
