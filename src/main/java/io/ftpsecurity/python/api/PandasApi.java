package io.ftpsecurity.python.api;

import java.util.List;

/**
 * pandas readers: given a URL they fetch it themselves, {@code ftp://} through urllib (plain ftplib) or fsspec. The
 * names are those of pandas' stubs, which python-frontend knows: the functions live in submodules of
 * {@code pandas.io} and {@code pandas.read_csv} is a re-export. Extra storage options go in a
 * {@code storage_options} dictionary, passed on to fsspec.
 */
public final class PandasApi {

  /** A reader and the parameter that takes the path or URL (always the first one). */
  public record Reader(LibraryName function, Parameter source) {
  }

  public static final List<Reader> READERS = List.of(
    reader("filepath_or_buffer", "pandas.io.parsers.readers.read_csv", "pandas.io.parsers.readers.read_table",
      "pandas.io.parsers.readers.read_fwf", "pandas.io.pickle.read_pickle", "pandas.io.sas.sasreader.read_sas",
      "pandas.io.stata.read_stata"),
    reader("path_or_buf", "pandas.io.json._json.read_json"),
    reader("io", "pandas.io.excel._base.read_excel", "pandas.io.html.read_html"),
    reader("path", "pandas.io.parquet.read_parquet", "pandas.io.feather_format.read_feather", "pandas.io.orc.read_orc"),
    reader("path_or_buffer", "pandas.io.xml.read_xml"));

  public static final Parameter STORAGE_OPTIONS = Parameter.keywordOnly("storage_options");

  private static Reader reader(String sourceKeyword, String... functions) {
    return new Reader(LibraryName.of(functions), new Parameter(0, sourceKeyword));
  }

  private PandasApi() {
  }
}
