/// Single transferable vote boxes (`{{STV Election box begin2}}`, `candidate2`, `end2`): no
/// article of Corpus/ or the shared dumps has one, so the example of the templates' own
/// documentation (Template:STV Election box begin2/doc, Wikipedia, CC BY-SA 4.0) stands in,
/// written as editors write it: elected candidates in bold, counts per round, totals on the end.
/// The documentation's figures are illustrative; its first preferences add up to its valid votes.
extension Fixtures {
    public static let stvExample = """
        ==Results==
        {{STV Election box begin2|title=Example|numcounts=4}}
        {{STV Election box candidate2|party=Party 1|candidate='''Candidate 1'''|percentage=25.0|count1='''2,500'''}}
        {{STV Election box candidate2|party=Party 2|candidate='''Candidate 2'''|percentage=23.5|count1=2,352|count2=2,818|count3='''2,500'''}}
        {{STV Election box candidate2|party=Party 3|candidate=Candidate 3|percentage=19.2|count1=1,927|count2=2,293|count3=2,493}}
        {{STV_Election_box_candidate_without_party_link|party=Party 4|candidate='''Candidate 4'''|percentage=18.2|count1=1,823|count2=2,389|count3=2,507|count4='''2,500'''}}
        {{STV Election box candidate2|party=Party 5|candidate=Candidate 5|percentage=13.9|count1=1,398}}
        {{STV Election box end2|numcounts=4|electorate=12,000|valid=10,000|spoilt=57|quota=2,500|turnout=83.8}}
        """
}
