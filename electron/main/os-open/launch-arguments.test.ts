import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArguments } from './launch-arguments';

describe('files from launch arguments', () => {
  it('takes the files after the packaged executable, resolving relative paths against the caller’s folder', () => {
    const argv = ['/opt/Copydesk/copydesk', 'flood.copydesk', '../desk/3f1c2a9e/article.json', '/home/amina/Drafts/budget'];
    expect(filesFromArguments(argv, { cwd: '/home/amina/Desktop', firstPositionalIsApp: false, path: path.posix })).toEqual([
      '/home/amina/Desktop/flood.copydesk',
      '/home/amina/desk/3f1c2a9e/article.json',
      '/home/amina/Drafts/budget',
    ]);
  });

  it('skips the app in development (electron <app> <file>), even after switches such as Playwright’s', () => {
    const argv = ['/repo/node_modules/electron/dist/electron', 'dist/electron/main.cjs', 'flood.copydesk'];
    expect(filesFromArguments(argv, { cwd: '/repo', firstPositionalIsApp: true, path: path.posix })).toEqual(['/repo/flood.copydesk']);
    const launchedByPlaywright = ['/repo/node_modules/electron/dist/electron', '--inspect=0', '--remote-debugging-port=0', 'dist/electron/main.cjs', 'flood.copydesk'];
    expect(filesFromArguments(launchedByPlaywright, { cwd: '/repo', firstPositionalIsApp: true, path: path.posix })).toEqual(['/repo/flood.copydesk']);
    expect(filesFromArguments(['electron', '.'], { cwd: '/repo', firstPositionalIsApp: true, path: path.posix })).toEqual([]);
  });

  it('ignores Chromium, Electron and Finder switches, but not a file named after --', () => {
    const argv = [
      'C:\\Program Files\\Copydesk\\Copydesk.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13350000000000000',
      '--enable-features=X',
      '-psn_0_12345',
      'flood.copydesk',
      '--',
      '-odd name.copydesk',
    ];
    expect(filesFromArguments(argv, { cwd: 'C:\\Users\\Amina\\Desktop', firstPositionalIsApp: false, path: path.win32 })).toEqual([
      'C:\\Users\\Amina\\Desktop\\flood.copydesk',
      'C:\\Users\\Amina\\Desktop\\-odd name.copydesk',
    ]);
  });

  it('handles Windows paths: absolute, relative with backslashes, other drives, UNC shares', () => {
    const argv = ['Copydesk.exe', 'D:\\News\\flood.copydesk', 'drafts\\budget\\article.json', '\\\\server\\desk\\vote.copydesk'];
    expect(filesFromArguments(argv, { cwd: 'C:\\Users\\Amina', firstPositionalIsApp: false, path: path.win32 })).toEqual([
      'D:\\News\\flood.copydesk',
      'C:\\Users\\Amina\\drafts\\budget\\article.json',
      '\\\\server\\desk\\vote.copydesk',
    ]);
  });

  it('turns file:// URLs from desktop entries into paths, and lists each file once', () => {
    const argv = ['copydesk', 'file:///home/amina/My%20Drafts/flood.copydesk', '/home/amina/My Drafts/flood.copydesk', 'file://remote-host/x.copydesk'];
    expect(filesFromArguments(argv, { cwd: '/', firstPositionalIsApp: false, path: path.posix })).toEqual(['/home/amina/My Drafts/flood.copydesk']);
  });

  it('finds nothing when started plainly', () => {
    expect(filesFromArguments(['/opt/Copydesk/copydesk'], { cwd: '/', firstPositionalIsApp: false })).toEqual([]);
    expect(filesFromArguments(['/opt/Copydesk/copydesk', '--no-sandbox'], { cwd: '/', firstPositionalIsApp: false })).toEqual([]);
  });
});
