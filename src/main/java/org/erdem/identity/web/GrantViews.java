package org.erdem.identity.web;

import java.util.List;
import org.erdem.identity.Grant;
import org.erdem.identity.OrgDirectory;
import org.springframework.stereotype.Component;

/** Role assignments with the names of their org nodes, for display. */
@Component
public class GrantViews {
  private final OrgDirectory org;

  GrantViews(OrgDirectory org) {
    this.org = org;
  }

  public record GrantView(Grant grant, String nodeName, String nodeCode) {}

  List<GrantView> of(List<Grant> grants) {
    return grants.stream().map(g -> {
      var node = org.findNode(g.nodeId());
      return new GrantView(g, node.map(OrgDirectory.OrgNode::name).orElse(g.nodePath()), node.map(OrgDirectory.OrgNode::code).orElse(""));
    }).toList();
  }
}
