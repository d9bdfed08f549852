/*
 * The ribbon's function file. Every button of the "Thi đua" tab opens the task pane on a view
 * (ShowTaskpane actions in manifest.xml), so no command runs code here; Office still requires the
 * file to load and to report itself ready.
 */
Office.onReady(() => undefined);
