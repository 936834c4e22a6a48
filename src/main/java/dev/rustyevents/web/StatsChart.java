package dev.rustyevents.web;

import dev.rustyevents.event.PeriodCount;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** TEMPORARY placeholder until the chart branch merges. */
@ApplicationScoped
public class StatsChart {
    public String svg(List<PeriodCount> counts) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"400\"></svg>";
    }
}
