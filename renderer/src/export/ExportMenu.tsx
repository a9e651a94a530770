import { EXPORT_FORMATS, type ExportFormat } from '../../../core/host-api/contract';
import { MenuButton } from '../app/MenuButton';
import { FORMAT_LABELS } from './export-flow';

interface ExportMenuProps {
  onExport(format: ExportFormat): void;
  onCopyForCms(): void;
}

/** “Export…”: a menu button with one item per format and “Copy HTML for CMS”. */
export function ExportMenu({ onExport, onCopyForCms }: ExportMenuProps) {
  const items = [
    ...EXPORT_FORMATS.map((format) => ({ label: `${FORMAT_LABELS[format]}…`, onSelect: () => onExport(format) })),
    { label: 'Copy HTML for CMS', onSelect: onCopyForCms, separatorBefore: true },
  ];
  return (
    <MenuButton name="Export" items={items} buttonClassName="button">
      Export… <span aria-hidden="true" className="menu-button-caret">▾</span>
    </MenuButton>
  );
}
