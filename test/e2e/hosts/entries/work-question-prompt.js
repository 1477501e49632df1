// A host that imports only `fit-note-widgets/work-question-prompt`.
import * as entry from 'fit-note-widgets/work-question-prompt';

window.exported = Object.keys(entry).sort();
