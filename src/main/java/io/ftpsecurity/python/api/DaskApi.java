package io.ftpsecurity.python.api;

/**
 * dask readers (dask/dataframe/io, dask/bag/text.py): they open their paths through fsspec, so an {@code ftp://}
 * path is read over plain FTP. python-frontend has no stubs for dask; the names are those users import.
 */
public final class DaskApi {

  /** read_csv(urlpath, ...), read_table, read_fwf, read_json(url_path, ...), read_text(urlpath, ...). */
  public static final LibraryName READERS = LibraryName.of(
    "dask.dataframe.read_csv", "dask.dataframe.read_table", "dask.dataframe.read_fwf", "dask.dataframe.read_json",
    "dask.bag.read_text");
  public static final Parameter SOURCE = new Parameter(0, "urlpath");

  private DaskApi() {
  }
}
