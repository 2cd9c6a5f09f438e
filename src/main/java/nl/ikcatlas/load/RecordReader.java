package nl.ikcatlas.load;

import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Reads one kind of record from a YAML document; problems are reported, never thrown. */
interface RecordReader<T> {

    /** The record, possibly with null fields where values were missing or wrong; null if nothing is usable. */
    T read(YamlNode root, Origin origin, Problems problems);
}
