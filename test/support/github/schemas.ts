import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
  buildSchema,
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  responsePathAsArray,
} from 'graphql';

/**
 * Checks against GitHub's published descriptions: every REST request and answer against the
 * OpenAPI description of its operation (@octokit/openapi), every GraphQL query against GitHub's
 * schema (@octokit/graphql-schema), and every GraphQL answer against the types of the fields it
 * fills. Loaded once per process. Problems are reported as strings, for `violations`.
 */

const require = createRequire(import.meta.url);

interface Operation {
  key: string;
  pathParams: Map<string, ValidateFunction>;
  queryParams: Map<string, ValidateFunction>;
  body?: ValidateFunction;
  bodyKeys?: Set<string>;
  bodyRequired: boolean;
  /** The answer's schema by status ('201', '422', …). */
  responses: Map<string, ValidateFunction>;
  /** The documentation page GitHub links in its error bodies. */
  docs: string;
}

// biome-ignore lint/suspicious/noExplicitAny: GitHub's OpenAPI description, as parsed JSON
type Paths = Record<string, Record<string, any>>;
/** GitHub's OpenAPI description: all of it, or the operations {@link preload} was given. */
let openapi: { paths: Paths; whole: boolean } | undefined;

const DESCRIPTION = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
/** Where the operations the server answers are kept, cut out of the 73 MB description. */
const CACHE = fileURLToPath(
  new URL('../../../node_modules/.cache/wheelrelay-tests/', import.meta.url),
);

/** The whole description (parsing it costs ~2.5 CPU-s and ~400 MB). */
function wholeDescription(): { paths: Paths; whole: boolean } {
  return { paths: JSON.parse(readFileSync(DESCRIPTION, 'utf8')).paths, whole: true };
}

/**
 * The description of the operations `rest`, from a file holding only them, written the first
 * time from the whole description (named by the description file's size and time and the
 * operations, so another version of @octokit/openapi or another list of routes gets its own).
 */
function describedOperations(rest: ReadonlyArray<readonly [string, string]>): {
  paths: Paths;
  whole: boolean;
} {
  const keys = rest.map(([method, template]) => `${method.toLowerCase()} ${template}`).sort();
  const stat = statSync(DESCRIPTION);
  const name = createHash('sha256')
    .update(JSON.stringify([stat.size, stat.mtimeMs, keys]))
    .digest('hex')
    .slice(0, 16);
  const file = join(CACHE, `github-openapi-${name}.json`);
  try {
    return { paths: JSON.parse(readFileSync(file, 'utf8')), whole: false };
  } catch {
    const whole = wholeDescription();
    const paths: Paths = {};
    for (const key of keys) {
      const [method = '', template = ''] = key.split(' ');
      const spec = whole.paths[template]?.[method];
      if (spec) paths[template] = { ...paths[template], [method]: spec };
    }
    // Written aside and renamed, so a test file running at the same time reads all or nothing.
    mkdirSync(dirname(file), { recursive: true });
    const aside = `${file}.${process.pid}`;
    writeFileSync(aside, JSON.stringify(paths));
    renameSync(aside, file);
    return whole;
  }
}
let ajv: Ajv | undefined;
let basicError: ValidateFunction | undefined;
const operations = new Map<string, Operation>();
let graphqlSchema: GraphQLSchema | undefined;

function validator(): Ajv {
  if (!ajv) {
    // OpenAPI 3.0's `nullable` is understood by Ajv itself.
    ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    addFormats.default(ajv);
    // GitHub's own format for owner/repo names.
    ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
  }
  return ajv;
}

/** The operation `METHOD template` as GitHub's OpenAPI description defines it. */
export function operation(method: string, template: string): Operation {
  const key = `${method} ${template}`;
  const known = operations.get(key);
  if (known) return known;
  openapi ??= wholeDescription();
  // An operation the server did not preload: only the whole description has it.
  if (!openapi.paths[template]?.[method.toLowerCase()] && !openapi.whole) {
    openapi = wholeDescription();
  }
  const a = validator();
  const spec = openapi.paths[template]?.[method.toLowerCase()];
  if (!spec) throw new Error(`GitHub's OpenAPI description has no ${key}`);
  const op: Operation = {
    key,
    pathParams: new Map(),
    queryParams: new Map(),
    bodyRequired: false,
    responses: new Map(),
    docs: spec.externalDocs?.url ?? 'https://docs.github.com/rest',
  };
  for (const p of spec.parameters ?? []) {
    const target = p.in === 'path' ? op.pathParams : p.in === 'query' ? op.queryParams : undefined;
    target?.set(p.name, a.compile(p.schema ?? {}));
  }
  const body = spec.requestBody?.content?.['application/json']?.schema;
  if (body) {
    op.body = a.compile(body);
    op.bodyKeys = body.properties ? new Set(Object.keys(body.properties)) : undefined;
    op.bodyRequired = spec.requestBody.required === true;
  }
  for (const [status, response] of Object.entries(spec.responses ?? {})) {
    const schema = (response as { content?: Record<string, { schema?: unknown }> }).content?.[
      'application/json'
    ]?.schema;
    op.responses.set(status, a.compile(schema ?? {}));
  }
  operations.set(key, op);
  return op;
}

/** Parameters from the path and query are strings; the schema says what they should parse as. */
function coerce(value: string): unknown {
  if (/^-?\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

/** How a REST request departs from its operation's description (path, query, body). */
export function checkRequest(
  method: string,
  template: string,
  params: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): string[] {
  const op = operation(method, template);
  const where = op.key;
  const found: string[] = [];
  for (const [name, check] of op.pathParams) {
    if (!(name in params)) found.push(`${where}: path parameter ${name} missing`);
    else if (!check(coerce(params[name] as string)) && !check(params[name])) {
      found.push(
        `${where}: path parameter ${name}=${params[name]}: ${ajv?.errorsText(check.errors)}`,
      );
    }
  }
  for (const [name, value] of query) {
    const check = op.queryParams.get(name);
    if (!check) found.push(`${where}: unknown query parameter ${name}`);
    else if (!check(coerce(value)) && !check(value)) {
      found.push(`${where}: query parameter ${name}=${value}: ${ajv?.errorsText(check.errors)}`);
    }
  }
  if (body === undefined) {
    if (op.bodyRequired) found.push(`${where}: request body missing`);
    return found;
  }
  if (!op.body) return [...found, `${where}: takes no request body`];
  if (!op.body(body)) found.push(`${where}: body: ${ajv?.errorsText(op.body.errors)}`);
  if (op.bodyKeys && body && typeof body === 'object') {
    for (const key of Object.keys(body)) {
      if (!op.bodyKeys.has(key)) found.push(`${where}: body has unknown property ${key}`);
    }
  }
  return found;
}

/**
 * Statuses GitHub may answer any operation with, documented or not: bad credentials, rate limits
 * (403, 429), "not found" for what a token may not see, and outages. Their bodies are GitHub's
 * "Basic Error".
 */
const ANY_OPERATION = /^(401|403|404|429|5\d\d)$/;

/** How a REST answer departs from its operation's description of that status. */
export function checkResponse(
  method: string,
  template: string,
  status: number,
  body: unknown,
): string[] {
  const op = operation(method, template);
  const where = `${op.key} answered ${status}`;
  const check = op.responses.get(String(status));
  if (check) {
    return check(body) ? [] : [`${where}: ${ajv?.errorsText(check.errors)}`];
  }
  if (!ANY_OPERATION.test(String(status))) {
    return [`${where}, a status GitHub does not document for this operation`];
  }
  basicError ??= validator().compile({
    type: 'object',
    required: ['message'],
    properties: {
      message: { type: 'string' },
      documentation_url: { type: 'string' },
      status: { type: 'string' },
    },
  });
  return basicError(body) ? [] : [`${where}: not a GitHub error body: ${JSON.stringify(body)}`];
}

/** GitHub's GraphQL schema. */
export function schema(): GraphQLSchema {
  graphqlSchema ??= buildSchema(
    readFileSync(new URL('schema.graphql', import.meta.resolve('@octokit/graphql-schema')), 'utf8'),
    // GitHub's own schema breaks two SDL rules (duplicate and deprecated interface fields);
    // queries are still validated against every type and field in it.
    { assumeValidSDL: true, assumeValid: true },
  );
  return graphqlSchema;
}

/** Loads every description now, so the first request is not the one that pays for it. */
export function preload(rest: ReadonlyArray<readonly [string, string]>): void {
  openapi ??= describedOperations(rest);
  schema();
  for (const [method, template] of rest) operation(method, template);
}

/**
 * A field resolver that checks what each field answers against its type in GitHub's schema:
 * graphql-js would quietly turn a number into a String or `"1"` into an Int, so each leaf must
 * already be the JavaScript type the scalar means, each enum value one of the enum's, each list
 * an array, and each object of an interface or union must name its concrete type.
 */
export function checkingResolver(
  report: (problem: string) => void,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const value = defaultFieldResolver(source, args, context, info);
    const at = `${info.parentType.name}.${info.fieldName} at ${responsePathAsArray(info.path).join('.')}`;
    checkValue(value, info.returnType, at, report);
    return value;
  };
}

function checkValue(
  value: unknown,
  type: GraphQLOutputType,
  at: string,
  report: (problem: string) => void,
): void {
  if (value === null || value === undefined) {
    // graphql-js reports a null in a non-null field itself.
    return;
  }
  if (value instanceof Promise) {
    report(`${at}: resolvers must answer synchronously`);
    return;
  }
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    if (!Array.isArray(value)) report(`${at}: ${JSON.stringify(value)} is not a list`);
    else for (const item of value) checkValue(item, t.ofType, `${at}[]`, report);
    return;
  }
  if (isScalarType(t)) {
    const ok =
      t.name === 'Int'
        ? Number.isInteger(value)
        : t.name === 'Float'
          ? typeof value === 'number'
          : t.name === 'Boolean'
            ? typeof value === 'boolean'
            : // String, ID, and GitHub's own scalars (GitObjectID, URI, DateTime, BigInt, …).
              typeof value === 'string';
    if (!ok) report(`${at}: ${JSON.stringify(value)} is not a ${t.name}`);
    return;
  }
  if (isEnumType(t)) {
    if (!t.getValues().some((v) => v.value === value)) {
      report(`${at}: ${JSON.stringify(value)} is not a value of ${t.name}`);
    }
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(`${at}: ${JSON.stringify(value)} is not a ${t.name} object`);
    return;
  }
  if (isAbstractType(t)) {
    const name = (value as { __typename?: unknown }).__typename;
    const possible = schema()
      .getPossibleTypes(t)
      .map((p) => p.name);
    if (typeof name !== 'string' || !possible.includes(name)) {
      report(`${at}: an object of ${t.name} must name its type (one of ${possible.join(', ')})`);
    }
  } else if (!isObjectType(t)) {
    report(`${at}: unexpected type ${String(t)}`);
  }
}

/** The `type`s GitHub gives GraphQL errors that wheelrelay may meet. */
export const GRAPHQL_ERROR_TYPES = new Set([
  'NOT_FOUND',
  'FORBIDDEN',
  'UNPROCESSABLE',
  'STALE_DATA',
  'RATE_LIMITED',
]);
