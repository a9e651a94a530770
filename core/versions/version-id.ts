import { z } from 'zod';

/** Version ids are file names without `.json`: an ISO 8601 basic timestamp (no colons, so Windows accepts it) and a random suffix. */
export const VersionIdSchema = z.string().regex(/^\d{8}T\d{6}\d{3}Z-[a-z0-9]{6,32}$/, 'must be a version id like “20261125T165432123Z-a1b2c3”');
