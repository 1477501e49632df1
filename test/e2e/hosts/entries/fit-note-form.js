// A host that imports only `fit-note-widgets/fit-note-form`.
import * as entry from 'fit-note-widgets/fit-note-form';

window.exported = Object.keys(entry).sort();
