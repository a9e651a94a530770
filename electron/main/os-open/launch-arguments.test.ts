import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArguments } from './launch-arguments';

describe('files from launch arguments', () => {
  it('takes the files after the packaged executable, resolving relative paths against the caller’s folder', () => {
    const argv = ['/opt/Copydesk/copydesk', 'flood.copydesk', '../desk/3f1c2a9e/article.json', '/home/amina/Drafts/budget'];
    expect(filesFromArguments(argv, { cwd: '/home/amina/Desktop', leadingArguments: 1, path: path.posix })).toEqual([
      '/home/amina/Desktop/flood.copydesk',
      '/home/amina/desk/3f1c2a9e/article.json',
      '/home/amina/Drafts/budget',
    ]);
  });

  it('skips the app folder in development (electron <app> <file>)', () => {
    const argv = ['/repo/node_modules/electron/dist/electron', 'dist/electron/main.cjs', 'flood.copydesk'];
    expect(filesFromArguments(argv, { cwd: '/repo', leadingArguments: 2, path: path.posix })).toEqual(['/repo/flood.copydesk']);
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
    expect(filesFromArguments(argv, { cwd: 'C:\\Users\\Amina\\Desktop', leadingArguments: 1, path: path.win32 })).toEqual([
      'C:\\Users\\Amina\\Desktop\\flood.copydesk',
      'C:\\Users\\Amina\\Desktop\\-odd name.copydesk',
    ]);
  });

  it('handles Windows paths: absolute, relative with backslashes, other drives, UNC shares', () => {
    const argv = ['Copydesk.exe', 'D:\\News\\flood.copydesk', 'drafts\\budget\\article.json', '\\\\server\\desk\\vote.copydesk'];
    expect(filesFromArguments(argv, { cwd: 'C:\\Users\\Amina', leadingArguments: 1, path: path.win32 })).toEqual([
      'D:\\News\\flood.copydesk',
      'C:\\Users\\Amina\\drafts\\budget\\article.json',
      '\\\\server\\desk\\vote.copydesk',
    ]);
  });

  it('turns file:// URLs from desktop entries into paths, and lists each file once', () => {
    const argv = ['copydesk', 'file:///home/amina/My%20Drafts/flood.copydesk', '/home/amina/My Drafts/flood.copydesk', 'file://remote-host/x.copydesk'];
    expect(filesFromArguments(argv, { cwd: '/', leadingArguments: 1, path: path.posix })).toEqual(['/home/amina/My Drafts/flood.copydesk']);
  });

  it('finds nothing when started plainly', () => {
    expect(filesFromArguments(['/opt/Copydesk/copydesk'], { cwd: '/', leadingArguments: 1 })).toEqual([]);
    expect(filesFromArguments(['/opt/Copydesk/copydesk', '--no-sandbox'], { cwd: '/', leadingArguments: 1 })).toEqual([]);
  });
});
