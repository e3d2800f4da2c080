// graphql-codegen configuration: types for the example's operations from the committed SDL.
// Run from this directory: npx graphql-codegen --config codegen.ts
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../../kb/api/schema.graphql",
  documents: "operations.graphql",
  generates: {
    "generated.ts": {
      plugins: ["typescript", "typescript-operations"],
      config: {
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "string" },
        avoidOptionals: { field: true },
      },
    },
  },
};

export default config;
