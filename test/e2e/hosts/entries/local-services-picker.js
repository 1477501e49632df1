// A host that imports only `fit-note-widgets/local-services-picker`.
import * as entry from 'fit-note-widgets/local-services-picker';

window.exported = Object.keys(entry).sort();
