/**
 * Installers: Windows NSIS, macOS dmg, Linux AppImage + deb. Electron fuses are flipped at
 * packaging so the shipped binary cannot be turned into a generic Node runtime or load code
 * from outside its integrity-checked asar.
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'nl.sanctiedossier.app',
  productName: 'Sanctiedossier',
  copyright: 'Sanctiedossier',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**', 'package.json'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Sanctiedossier' },
};
