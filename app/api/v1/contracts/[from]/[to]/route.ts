import { orThrow, parseContractText } from "@/lib/contracts/file";
import { authorOf, EdgeParams, readJsonText } from "@/lib/contracts/http";
import { deleteContract, putContract } from "@/lib/contracts/pin";
import { getEdgeContract } from "@/lib/contracts/queries";
import { NotFoundError } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  params: EdgeParams,
  handler: ({ auth, params }) => getEdgeContract({ projectId: auth.projectId, ...params }),
});

/** Body: the contract (JSON Schema subset, lib/contracts/schema.ts). A new version when it differs. */
export const PUT = route({
  auth: "key-or-session",
  params: EdgeParams,
  handler: async ({ req, auth, params }) => {
    const schema = orThrow(parseContractText(await readJsonText(req)), "body");
    return putContract({ projectId: auth.projectId, ...params, schema, author: authorOf(auth) });
  },
});

export const DELETE = route({
  auth: "key-or-session",
  params: EdgeParams,
  handler: async ({ auth, params }) => {
    if (!(await deleteContract({ projectId: auth.projectId, ...params, author: authorOf(auth) })))
      throw new NotFoundError(`no contract pinned for ${params.from} → ${params.to}`);
  },
});
