/** The Dutch application menu. Built as plain data so its shape is testable without Electron. */
import type { MenuItemConstructorOptions } from 'electron';

/** Builds the menu template; `isMac` adds the app menu macOS expects. */
export const buildMenuTemplate = (
  appName: string,
  isMac: boolean,
): MenuItemConstructorOptions[] => {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: `Over ${appName}` },
            { type: 'separator' },
            { role: 'hide', label: `${appName} verbergen` },
            { role: 'hideOthers', label: 'Andere verbergen' },
            { role: 'unhide', label: 'Alles tonen' },
            { type: 'separator' },
            { role: 'quit', label: `${appName} afsluiten` },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'Bestand',
      submenu: [
        isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom', label: 'Werkelijke grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
    {
      label: 'Venster',
      submenu: [
        { role: 'minimize', label: 'Minimaliseren' },
        { role: 'zoom', label: 'Zoomen' },
      ],
    },
  ];
};
