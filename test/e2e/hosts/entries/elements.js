// A host that imports only `fit-note-widgets/elements`.
import * as entry from 'fit-note-widgets/elements';

window.exported = Object.keys(entry).sort();
