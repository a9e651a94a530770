// The packaging configuration, checked where packaging itself cannot run (no Electron download here):
// electron-builder's own loader and schema accept it, every file it names exists and is a real icon,
// the Linux desktop entry it generates is right, the fuses are set, and nothing needs a native rebuild.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget';
import { PlatformPackager } from 'app-builder-lib/out/platformPackager';
import { imageSize } from 'image-size';
import {
  BUILDER_CONFIG_FILE, LINUX_ICON_SIZES, loadBuilderConfig, missingResources, referencedResources, resolveResource,
} from './electron-builder-config';

const projectDir = path.resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
  main: string; description: string; author: string; dependencies: Record<string, string>; devDependencies: Record<string, string>;
};
const DRAFT_MIME_TYPE = 'application/vnd.copydesk.draft+zip';

let config: Configuration;
let scratch: string;

beforeAll(async () => {
  config = await loadBuilderConfig(projectDir);
  scratch = mkdtempSync(path.join(tmpdir(), 'copydesk-builder-config-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of electron-builder.yml with `edit` applied, written where the loader reads it. */
function brokenCopy(name: string, edit: (yaml: string) => string): string {
  const yaml = readFileSync(path.join(projectDir, BUILDER_CONFIG_FILE), 'utf8');
  const edited = edit(yaml);
  expect(edited).not.toBe(yaml);
  const file = path.join(scratch, `${name}.yml`);
  writeFileSync(file, edited);
  return file;
}

function resolved(file: string): string {
  const found = resolveResource(projectDir, config, file);
  expect(found, `${file} should exist`).not.toBeNull();
  return found!;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(loadBuilderConfig(projectDir)).resolves.toMatchObject({ appId: 'app.copydesk.desktop', productName: 'Copydesk' });
  });

  it('is rejected by that validation when it has an unknown key', async () => {
    const file = brokenCopy('unknown-key', (yaml) => yaml.replace('asar: true', 'asar: true\nasarr: true'));
    await expect(loadBuilderConfig(projectDir, file)).rejects.toThrow(/unknown property 'asarr'/);
  });

  it('is rejected by that validation when an option is in the wrong place', async () => {
    const file = brokenCopy('misplaced', (yaml) => yaml.replace('  hardenedRuntime: true', '  hardenedRuntime: true\n  perMachine: true'));
    await expect(loadBuilderConfig(projectDir, file)).rejects.toThrow(/configuration\.mac/);
  });

  it('names files that all exist: icons, entitlements, license, file-association icons', () => {
    const fields = referencedResources(config).map((resource) => resource.field);
    expect(fields).toEqual(expect.arrayContaining([
      'fileAssociations[0].icon (macOS)', 'fileAssociations[0].icon (Windows)', 'linux.icon', 'win.icon',
      'nsis.license', 'nsis.installerIcon', 'nsis.uninstallerIcon', 'mac.icon', 'mac.entitlements', 'mac.entitlementsInherit',
    ]));
    expect(missingResources(projectDir, config)).toEqual([]);
  });

  it('reports a missing icon, naming the field and the file', async () => {
    const file = brokenCopy('missing-icon', (yaml) => yaml.replace('icon: icons/icon.icns', 'icon: icons/no-such-icon.icns'));
    const broken = await loadBuilderConfig(projectDir, file);
    expect(missingResources(projectDir, broken)).toEqual([
      'mac.icon: "icons/no-such-icon.icns" is neither in the build resources folder nor in the project root',
    ]);
  });

  it('follows resources given as a language map', () => {
    const withLicenses = { ...config, dmg: { license: { en: 'license.txt', de: 'license_de.txt' } } } as unknown as Configuration;
    expect(missingResources(projectDir, withLicenses)).toEqual([
      'dmg.license.de: "license_de.txt" is neither in the build resources folder nor in the project root',
    ]);
  });

  it('reports a Linux icon set without every size', async () => {
    const file = brokenCopy('wrong-icon-set', (yaml) => yaml.replace('  icon: icons\n', '  icon: icons/source\n'));
    const broken = await loadBuilderConfig(projectDir, file);
    expect(missingResources(projectDir, broken)).toContain('linux.icon: "icons/source" has no 16x16.png');
  });
});

describe('icons', () => {
  it('has a Linux PNG at every size, each really that size', () => {
    const folder = resolved(config.linux!.icon!);
    for (const size of LINUX_ICON_SIZES) {
      expect(imageSize(readFileSync(path.join(folder, `${size}x${size}.png`)))).toMatchObject({ type: 'png', width: size, height: size });
    }
  });

  it.each(['icons/icon.ico', 'icons/draft.ico'])('%s holds every Windows size from 16 to 256 px', (file) => {
    const ico = imageSize(readFileSync(resolved(file)));
    expect(ico.type).toBe('ico');
    expect(ico.images?.map((image) => image.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it.each(['icons/icon.icns', 'icons/draft.icns'])('%s holds every macOS size from 16 to 1024 px', (file) => {
    const icns = imageSize(readFileSync(resolved(file)));
    expect(icns.type).toBe('icns');
    expect(new Set(icns.images?.map((image) => image.type))).toEqual(new Set(['icp4', 'ic11', 'icp5', 'ic12', 'icp6', 'ic07', 'ic13', 'ic08', 'ic14', 'ic09', 'ic10']));
  });

  it('uses the draft icons for the .copydesk file association', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({
      ext: 'copydesk', name: 'Copydesk draft', mimeType: DRAFT_MIME_TYPE, role: 'Editor', icon: 'icons/draft',
    })]);
  });
});

describe('Linux desktop integration, as electron-builder writes it', () => {
  // electron-builder's own LinuxTargetHelper, fed what its Linux packager would pass for this configuration.
  function linuxHelper(): LinuxTargetHelper {
    const packager = {
      appInfo: { productName: config.productName, sanitizedProductName: config.productName, description: packageJson.description },
      executableName: config.linux!.executableName,
      info: { metadata: { ...packageJson, ...config.extraMetadata } },
      fileAssociations: config.fileAssociations,
      config,
      platformSpecificBuildOptions: config.linux,
      getTempFile: async (suffix: string) => path.join(scratch, `temp${suffix}`),
    };
    return new LinuxTargetHelper(packager as never);
  }

  it('writes a desktop entry with the product name, categories, draft MIME type and window class', async () => {
    const entry = await linuxHelper().computeDesktopEntry(config.linux!);
    const lines = entry.split('\n');
    expect(lines).toEqual(expect.arrayContaining([
      '[Desktop Entry]',
      'Name=Copydesk',
      'GenericName=News article editor',
      'Exec=/opt/Copydesk/copydesk %U',
      'Icon=copydesk',
      'Type=Application',
      'Terminal=false',
      'StartupWMClass=copydesk',
      'Categories=Office;WordProcessor;',
      `MimeType=${DRAFT_MIME_TYPE};`,
    ]));
    expect(lines.find((line) => line.startsWith('Comment='))).toMatch(/^Comment=.{20,}/);
  });

  it('names the desktop file after desktopName, which Electron uses as the window class', () => {
    expect(config.extraMetadata).toMatchObject({ desktopName: 'copydesk.desktop' });
    expect(linuxHelper().getDesktopFileName()).toBe('copydesk');
  });

  /** electron-builder's own deb target, given what its Linux packager would pass; `release` is what a publisher adds with -c. */
  function debTarget(release: { maintainer?: string; homepage?: string } = {}): FpmTarget {
    let tempFiles = 0;
    const metadata = { ...packageJson, ...config.extraMetadata, ...(release.homepage ? { homepage: release.homepage } : {}) };
    const linux = { ...config.linux, ...(release.maintainer ? { maintainer: release.maintainer } : {}) };
    const packager = {
      config,
      platformSpecificBuildOptions: linux,
      executableName: config.linux!.executableName,
      appInfo: {
        productFilename: config.productName,
        sanitizedProductName: config.productName,
        linuxPackageName: 'copydesk',
        // As AppInfo.computePackageUrl: the homepage (the project has no GitHub repository field).
        computePackageUrl: async () => metadata.homepage ?? null,
      },
      info: { metadata, tempDirManager: { getTempFile: async ({ suffix }: { suffix: string }) => path.join(scratch, `deb-${(tempFiles += 1)}-${suffix}`) } },
    };
    return new FpmTarget('deb', packager as never, linuxHelper(), scratch);
  }

  it('ships in the deb an AppArmor profile that lets the installed executable use user namespaces (Ubuntu 24.04+)', async () => {
    const scripts = await (debTarget() as unknown as { scriptFiles: Promise<{ appArmor: string; afterInstall: string }> }).scriptFiles;
    const profile = readFileSync(scripts.appArmor, 'utf8');
    expect(profile).toContain('profile "copydesk" "/opt/Copydesk/copydesk" flags=(unconfined) {');
    expect(profile).toMatch(/^\s*userns,$/m);
    // The profile's path is the executable the desktop entry starts.
    expect(await linuxHelper().computeDesktopEntry(config.linux!)).toContain('Exec=/opt/Copydesk/copydesk %U');
    const afterInstall = readFileSync(scripts.afterInstall, 'utf8');
    expect(afterInstall).toContain("APPARMOR_PROFILE_SOURCE='/opt/Copydesk/resources/apparmor-profile'");
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/copydesk'");
  });

  it('invents no maintainer address: the deb refuses to build until its publisher gives a maintainer and homepage', async () => {
    expect(config.linux).not.toHaveProperty('maintainer');
    expect(readFileSync(path.join(projectDir, BUILDER_CONFIG_FILE), 'utf8')).not.toMatch(/<[^>\s]+@[^>\s]+>/);
    expect(packageJson.author).toBe('Copydesk contributors');
    const unpublished = debTarget().checkOptions();
    await expect(unpublished).rejects.toThrow(/Please specify project homepage/);
    await expect(unpublished).rejects.toThrow(/Please specify author 'email'/);
    const published = debTarget({ maintainer: 'Newsroom IT <it@newsroom.example>', homepage: 'https://newsroom.example/copydesk' });
    await expect(published.checkOptions()).resolves.toEqual({
      name: 'copydesk',
      maintainer: 'Newsroom IT <it@newsroom.example>',
      url: 'https://newsroom.example/copydesk',
      vendor: 'Copydesk',
    });
  });

  it('registers *.copydesk as the draft MIME type', async () => {
    const mimeInfo = readFileSync((await linuxHelper().mimeTypeFiles)!, 'utf8');
    expect(mimeInfo).toContain(`<mime-type type="${DRAFT_MIME_TYPE}">`);
    expect(mimeInfo).toContain('<glob pattern="*.copydesk"/>');
  });
});

describe('hardening and contents', () => {
  it('packs the app into asar and sets the fuses', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('has @electron/fuses reset the ad-hoc signature after flipping, so an unsigned Apple Silicon build still launches', async () => {
    // electron-builder's own translation of electronFuses into @electron/fuses' flipFuses configuration.
    const generate = (PlatformPackager.prototype as unknown as { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> }).generateFuseConfig;
    const fuseConfig = await generate.call(null, config.electronFuses);
    expect(fuseConfig).toMatchObject({ version: '1', resetAdHocDarwinSignature: true });
  });

  it('signs macOS builds with the hardened runtime and only the JIT entitlement', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, category: 'public.app-category.productivity' });
    const plist = readFileSync(resolved(config.mac!.entitlements!), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('installs per user on Windows, with a choice of folder and shortcuts, keeping the user’s data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true, createStartMenuShortcut: true, deleteAppDataOnUninstall: false,
    });
  });

  it('ships the built main process and renderer, not sources or source maps', () => {
    expect(packageJson.main).toMatch(/^dist\/electron\//);
    expect(config.files).toEqual([{ filter: expect.arrayContaining(['package.json', 'dist/electron/**/*', 'dist/renderer/**/*', '!**/*.map']) }]);
  });

  it('has no production dependency that needs a rebuild against Electron', () => {
    const lock = JSON.parse(readFileSync(path.join(projectDir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; hasInstallScript?: boolean }>;
    };
    const production = Object.entries(lock.packages).filter(([folder, entry]) => folder !== '' && !entry.dev);
    expect(production.length).toBeGreaterThan(0);
    const native = production
      .filter(([folder, entry]) => entry.hasInstallScript || existsSync(path.join(projectDir, folder, 'binding.gyp')))
      .map(([folder]) => folder);
    expect(native).toEqual([]);
    expect(packageJson.dependencies).not.toHaveProperty('electron');
    expect(packageJson.devDependencies).toHaveProperty('electron');
  });
});
