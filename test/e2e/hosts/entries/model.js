// A host that imports only `fit-note-widgets/model`.
import * as entry from 'fit-note-widgets/model';

window.exported = Object.keys(entry).sort();
