import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsFolder, outputBaseName, outputFile, outputPlace } from './output-path';

describe('output paths', () => {
  it('names outputs after the draft folder, or the file without its extensions', () => {
    expect(outputBaseName('/d/6f1c/article.json', true)).toBe('6f1c');
    expect(outputBaseName('/w/story.ninjs.json', false)).toBe('story');
    expect(outputBaseName('/w/page.HTML', false)).toBe('page');
    expect(outputBaseName('/w/.json', false)).toBe('.json');
  });

  it('puts outputs next to the input, and a draft’s next to its folder', () => {
    expect(outputFile(outputPlace({ file: '/in/wire/story.json', isDraftFolder: false, relativeDir: 'wire' }, null), 'html')).toBe('/in/wire/story.html');
    expect(outputFile(outputPlace({ file: '/in/6f1c/article.json', isDraftFolder: true, relativeDir: '' }, null), 'ninjs')).toBe('/in/6f1c.ninjs.json');
  });

  it('keeps the inputs’ folder layout under -o', () => {
    expect(outputFile(outputPlace({ file: '/in/wire/de/story.json', isDraftFolder: false, relativeDir: 'wire/de' }, '/out'), 'md')).toBe('/out/wire/de/story.md');
  });

  it('works with Windows paths', () => {
    const win = path.win32;
    const input = { file: 'C:\\Users\\Åse\\Utkast\\6f1c\\article.json', isDraftFolder: true, relativeDir: 'Innenriks' };
    expect(outputBaseName(input.file, true, win)).toBe('6f1c');
    expect(outputFile(outputPlace(input, 'D:\\Eksport', win), 'html', win)).toBe('D:\\Eksport\\Innenriks\\6f1c.html');
    expect(outputFile(outputPlace(input, null, win), 'txt', win)).toBe('C:\\Users\\Åse\\Utkast\\6f1c.txt');
    expect(outputFile(outputPlace({ file: '\\\\server\\wire\\story.ninjs.json', isDraftFolder: false, relativeDir: '' }, null, win), 'json', win)).toBe('\\\\server\\wire\\story.json');
  });

  it('names the image folder beside an output like a browser’s saved page, with a URL-safe link', () => {
    expect(assetsFolder({ dir: '/out', name: 'Stadtrat Süßen' })).toEqual({ dir: '/out/Stadtrat Süßen_files', baseHref: 'Stadtrat%20S%C3%BC%C3%9Fen_files/' });
    expect(assetsFolder({ dir: 'D:\\Eksport', name: 'x' }, path.win32).dir).toBe('D:\\Eksport\\x_files');
  });
});
