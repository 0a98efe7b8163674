/** The native menus. Each item calls an action of main.ts; the actions own dialogs and file paths. */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newFromTemplate(templateId: string): void;
  open(): void;
  openRecent(file: string): void;
  saveCopy(): void;
  importFile(): void;
  exportFile(): void;
  find(): void;
  undo(): void;
  redo(): void;
  showDataFolder(): void;
}

export function buildMenu(
  actions: MenuActions,
  recent: readonly string[],
  templates: ReadonlyArray<{ id: string; name: string }>,
): Menu {
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'New from Template',
          submenu: templates.map((t) => ({ label: t.name, click: () => actions.newFromTemplate(t.id) })),
        },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? [
                ...recent.map((file) => ({ label: file, click: () => actions.openRecent(file) })),
                { type: 'separator' as const },
                { role: 'clearRecentDocuments' as const },
              ]
            : [{ label: 'No recent workbooks', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveCopy() },
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFile() },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportFile() },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      // Undo and Redo act on the document's persistent history through the API host. Their shortcuts are shown but not
      // registered, so Ctrl/Cmd+Z still reaches the page: the grid handles it, and text fields keep their own undo.
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.undo() },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => actions.redo() },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        // Shown, not registered, like Undo: Ctrl/Cmd+F reaches the page, which opens its find bar from the same action.
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => actions.find() },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Show Data Folder', click: () => actions.showDataFolder() },
        ...(mac ? [] : [{ role: 'about' as const }]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
