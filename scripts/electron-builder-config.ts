// Loads electron-builder.yml the way `electron-builder` itself does (same loader, same schema validation),
// and lists the files the configuration names, so a broken config fails here rather than on a release machine.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger, getPlatformIconFileName } from 'builder-util';

export const BUILDER_CONFIG_FILE = 'electron-builder.yml';

/** Every PNG size the Linux icon set ships; Linux picks the nearest for menus, docks and file managers. */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Config keys whose value is a file under build/ (or the project root). */
const RESOURCE_KEYS = new Set([
  'icon', 'installerIcon', 'uninstallerIcon', 'installerHeader', 'installerHeaderIcon', 'installerSidebar',
  'uninstallerSidebar', 'license', 'entitlements', 'entitlementsInherit', 'entitlementsLoginHelper',
  'provisioningProfile', 'background', 'badgeIcon', 'include', 'script',
]);

export interface ReferencedResource {
  /** Where the configuration names it, e.g. `mac.entitlements` or `fileAssociations[0].icon (macOS)`. */
  field: string;
  file: string;
  kind: 'file' | 'linux-icon-set';
}

/** Reads and validates the configuration with electron-builder's own code; throws its error when invalid. */
export async function loadBuilderConfig(projectDir: string, configFile = BUILDER_CONFIG_FILE): Promise<Configuration> {
  const config = await getConfig(projectDir, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** Every resource file the configuration refers to, found by walking the whole configuration. */
export function referencedResources(config: Configuration): ReferencedResource[] {
  const found: ReferencedResource[] = [];
  const visit = (value: unknown, field: string, key: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${field}[${index}]`, key));
    } else if (value !== null && typeof value === 'object') {
      // A resource key may hold a map (e.g. dmg.license: { en: license_en.txt }): its values are resources too.
      for (const [childKey, child] of Object.entries(value)) visit(child, field ? `${field}.${childKey}` : childKey, RESOURCE_KEYS.has(key) ? key : childKey);
    } else if (typeof value === 'string' && RESOURCE_KEYS.has(key)) {
      found.push(...resourcesOf(field, value));
    }
  };
  visit(config, '', '');
  return found;
}

function resourcesOf(field: string, value: string): ReferencedResource[] {
  if (field === 'linux.icon') return [{ field, file: value, kind: 'linux-icon-set' }];
  // A file association names its icon without extension: electron-builder adds .icns on macOS and .ico on Windows.
  if (/^fileAssociations\[\d+\]\.icon$/.test(field)) {
    return [
      { field: `${field} (macOS)`, file: getPlatformIconFileName(value, true)!, kind: 'file' },
      { field: `${field} (Windows)`, file: getPlatformIconFileName(value, false)!, kind: 'file' },
    ];
  }
  return [{ field, file: value, kind: 'file' }];
}

/** Resolves a resource as electron-builder's getResource does: in the build resources folder, then the project root. */
export function resolveResource(projectDir: string, config: Configuration, file: string): string | null {
  const buildResources = path.resolve(projectDir, config.directories?.buildResources ?? 'build');
  const candidates = [path.resolve(buildResources, file), path.resolve(projectDir, file)];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** What is missing, one readable line per problem; empty when every referenced file is there. */
export function missingResources(projectDir: string, config: Configuration): string[] {
  const problems: string[] = [];
  for (const resource of referencedResources(config)) {
    const resolved = resolveResource(projectDir, config, resource.file);
    if (resolved === null) {
      problems.push(`${resource.field}: "${resource.file}" is neither in the build resources folder nor in the project root`);
    } else if (resource.kind === 'linux-icon-set') {
      if (!statSync(resolved).isDirectory()) {
        problems.push(`${resource.field}: "${resource.file}" must be a folder of NxN.png icons`);
        continue;
      }
      const present = new Set(readdirSync(resolved));
      for (const size of LINUX_ICON_SIZES) {
        if (!present.has(`${size}x${size}.png`)) problems.push(`${resource.field}: "${resource.file}" has no ${size}x${size}.png`);
      }
    } else if (!statSync(resolved).isFile()) {
      problems.push(`${resource.field}: "${resource.file}" is not a file`);
    }
  }
  return problems;
}
