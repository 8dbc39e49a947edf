/// Deferred repairs of the tree. `append` gives a node its parent at once; what it cannot do
/// is left as a fix-up: a list moved into a container by other means (a failed construct's
/// content, an unclosed tag's body) whose nodes still name their old parent, and two texts
/// that became neighbours and must merge into one, as in the finished tree.
///
/// A fix-up is settled when its container's frame closes, because only then is the list
/// final: a container whose frame fails is dissolved in turn, and its fix-ups are dropped
/// (the fix-up of the list it moves into covers them). Each settled fix-up walks only its
/// own stretch of list, so a node is walked once for good, and nested failures stay linear.
struct Fixup {
    /// The node whose children need the repair.
    var container: Int32
    /// The child after which the stretch starts (-1: at the first child).
    var after: Int32
    /// The last child of the stretch.
    var through: Int32
}

extension Parser {
    /// Notes that the children of `container`, the top frame's, from the one after `after`
    /// through `through` need their parent set and neighbouring texts merged.
    mutating func noteFixup(in container: Int32, after: Int32, through: Int32) {
        fixups.append(Fixup(container: container, after: after, through: through))
    }

    /// Settles the fix-ups of a frame that closes (those from its `Frame.fixups` on): its
    /// containers' lists are final. Latest first, so that no stretch starts or ends at a text
    /// a later one merged away.
    @inline(__always)
    mutating func settleFixups(from mark: Int) {
        if fixups.count > mark { settleEach(from: mark) }  // most frames have none
    }

    private mutating func settleEach(from mark: Int) {
        while fixups.count > mark {
            let f = fixups.removeLast()
            fixChildren(of: f.container, after: f.after, through: f.through)
        }
    }

    /// Drops the fix-ups of a frame that fails (those from its `Frame.fixups` on): its content
    /// moves on and is noted again where it lands.
    mutating func dropFixups(from mark: Int) {
        fixups.removeSubrange(mark...)
    }

    /// Sets the parent of the children of `container` from the one after `after` (or from
    /// `after` itself, which may absorb the texts that follow) through `through`, merging
    /// each run of adjacent texts into its first text.
    mutating func fixChildren(of container: Int32, after: Int32, through: Int32) {
        var child = after >= 0 ? after : nodes[container].firstChild
        // The stretch also ends where `through` is no longer in the list: absorbed by a text
        // of the stretch, or gone before (a construct that failed later and was replaced by
        // its content). Walking on would pass over the later stretches, already settled, to
        // the end of the list: quadratic over a page of unclosed `[http://…` lines. Nodes
        // are in source order, so a node starting after `through` ends is past the stretch.
        let throughEnd = nodes[through].end
        while child >= 0 && nodes[child].start <= throughEnd {
            nodes[child].parent = container
            if nodes[child].kind == .text && absorbFollowingTexts(into: child, of: container, through: through) { return }
            if child == through { return }
            child = nodes[child].nextSibling
        }
    }

    /// Merges the texts that directly follow `text` (and touch it) into it; true when
    /// `through` was one of them.
    private mutating func absorbFollowingTexts(into text: Int32, of container: Int32, through: Int32) -> Bool {
        var next = nodes[text].nextSibling
        var absorbedThrough = false
        while next >= 0 && nodes[next].kind == .text && nodes[next].start == nodes[text].end {
            if next == through { absorbedThrough = true }
            nodes[text].end = nodes[next].end
            leaveTree(next)
            next = nodes[next].nextSibling
        }
        nodes[text].nextSibling = next
        if next < 0 { nodes[container].lastChild = text }
        return absorbedThrough
    }

    /// Marks a node that left the tree (and its children: a text's children, the comments of
    /// a failed link's URL, are leaves) as having no parent.
    mutating func leaveTree(_ node: Int32) {
        nodes[node].parent = -1
        var child = nodes[node].firstChild
        while child >= 0 {
            nodes[child].parent = -1
            child = nodes[child].nextSibling
        }
    }
}
