package org.erdem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work here is per node (flushing counters a node holds), never once per cluster. */
@SpringBootApplication
@EnableScheduling
public class ErdemApplication {
  public static void main(String[] args) {
    SpringApplication.run(ErdemApplication.class, args);
  }
}
