import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The installed app's menu: nothing that reloads the page or opens developer tools in the
 * middle of a session. On a Mac the usual app, Edit (copy and paste need it) and Window
 * menus; elsewhere no menu bar at all. A development build keeps Electron's default menu.
 */
export function setAppMenu(): void {
  if (!app.isPackaged) return;
  if (process.platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  const template: MenuItemConstructorOptions[] = [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
