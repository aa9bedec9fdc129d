// Task pane entry: once Office.js is ready, show the add-in's name and version in the user's language.
import { showAbout } from "./about";
import { languageOf } from "./i18n";
import { ADDIN_VERSION } from "./version";

Office.onReady(() => {
  showAbout(document, languageOf(Office.context.displayLanguage), ADDIN_VERSION);
});
