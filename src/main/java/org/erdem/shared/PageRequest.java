package org.erdem.shared;

/** A page of a list as the user asked for it: 1-based page number, bounded size. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    page = Math.max(1, page);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
  }

  public int offset() {
    return (page - 1) * size;
  }
}
