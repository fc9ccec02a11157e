// LangChain message objects as role + text (langsmith-map.ts lcMessage): the serialised class name,
// the live message's type and a plain {type|role} are read alike; an unknown class keeps its name.
import { describe, expect, it } from "vitest";
import { lcMessage } from "./langsmith-map";

describe("lcMessage", () => {
  it("maps LangChain classes and types to roles", () => {
    expect(lcMessage({ lc: 1, type: "constructor", id: ["langchain_core", "messages", "HumanMessage"], kwargs: { content: "hi" } })).toMatchObject({ role: "user", content: "hi" });
    expect(lcMessage({ type: "ai", content: "hello" })).toMatchObject({ role: "assistant", content: "hello" });
  });
  it("an unknown class keeps its own name, also one named like Object.prototype's members; near miss: a known one maps", () => {
    expect(lcMessage({ type: "constructor", content: "x" }).role).toBe("constructor");
    expect(lcMessage({ role: "toString", content: "x" }).role).toBe("toString");
    expect(lcMessage({ role: "tool", content: "x" }).role).toBe("tool");
  });
});
