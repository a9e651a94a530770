import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import profileSchema from './copydesk-ninjs-profile.schema.json';

/**
 * Validates items against the IPTC ninjs JSON Schemas (draft 2020-12) and the Copydesk profile.
 * It reads no files: the caller hands over the IPTC schema documents, which live outside the repo
 * (../shared/standards/ninjs). Used by tests and the benchmark; ajv is a dev dependency.
 */
export const NINJS_SCHEMA_FILES = {
  ninjs22: 'ninjs-schema_2.2.json',
  ninjs31: 'ninjs-schema_3.1.json',
  geojson: 'GeoJSON-schema.json',
} as const;

export const GEOJSON_SCHEMA_ID = 'https://geojson.org/schema/GeoJSON.json';

export interface NinjsValidator {
  /** Problems against plain ninjs 2.2 (with the profile's own property ignored, as a profile-unaware receiver would). */
  ninjs22(item: unknown): string[];
  ninjs31(item: unknown): string[];
  /** Problems against the Copydesk profile schema. */
  profile(item: unknown): string[];
}

function describe(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}${error.params && 'unevaluatedProperty' in error.params ? ` (${String(error.params.unevaluatedProperty)})` : ''}`);
}

function check(validate: ValidateFunction, item: unknown): string[] {
  return validate(item) ? [] : describe(validate.errors);
}

export function createNinjsValidator(readSchema: (fileName: string) => unknown): NinjsValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(readSchema(NINJS_SCHEMA_FILES.geojson) as object, GEOJSON_SCHEMA_ID);
  const ninjs22 = ajv.compile(readSchema(NINJS_SCHEMA_FILES.ninjs22) as object);
  const ninjs31 = ajv.compile(readSchema(NINJS_SCHEMA_FILES.ninjs31) as object);
  const profile = ajv.compile(profileSchema);
  return {
    ninjs22: (item) => {
      if (typeof item !== 'object' || item === null) return check(ninjs22, item);
      const { copydesk: _profileFields, ...plain } = item as Record<string, unknown>;
      return check(ninjs22, plain);
    },
    ninjs31: (item) => check(ninjs31, item),
    profile: (item) => check(profile, item),
  };
}
