package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic radial layout of a {@link CollocationNetwork}: the root in the centre, level k on a
 * circle of radius k·{@link #RING}; the words of a level spread evenly around their circle in the order
 * of their parents (the word whose collocate they first were), so that they sit near their parent, and
 * level 1 in rank order starting at twelve o'clock.
 */
final class NetworkLayout {
  static final double RING = 170;
  static final double MARGIN = 90;

  /** Centre coordinates of a word. */
  record Point(double x, double y) {}

  private final Map<String, Point> points = new HashMap<>();
  private final double size;

  NetworkLayout(CollocationNetwork network) {
    int maxLevel = 0;
    for (CollocationNetwork.Node n : network.nodes()) {
      maxLevel = Math.max(maxLevel, n.level());
    }
    size = 2 * (maxLevel * RING + MARGIN);
    double centre = size / 2;
    Map<String, String> parent = new HashMap<>();
    for (CollocationNetwork.Edge e : network.edges()) {
      CollocationNetwork.Node target = network.node(e.target());
      CollocationNetwork.Node source = network.node(e.source());
      if (target.level() == source.level() + 1) {
        parent.putIfAbsent(e.target(), e.source());
      }
    }
    points.put(network.root(), new Point(centre, centre));
    List<String> previous = List.of(network.root());
    for (int level = 1; level <= maxLevel; level++) {
      List<String> ring = new ArrayList<>();
      for (String p : previous) {
        for (CollocationNetwork.Node n : network.nodes()) {
          if (n.level() == level && p.equals(parent.get(n.word()))) {
            ring.add(n.word());
          }
        }
      }
      for (int i = 0; i < ring.size(); i++) {
        double angle = 2 * Math.PI * i / ring.size() - Math.PI / 2;
        points.put(ring.get(i), new Point(round(centre + level * RING * Math.cos(angle)),
            round(centre + level * RING * Math.sin(angle))));
      }
      previous = ring;
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** Width and height of the drawing. */
  double size() {
    return size;
  }

  Point point(String word) {
    return points.get(word);
  }
}
