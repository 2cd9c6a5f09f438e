<#import "layout.ftl" as l>
<#import "kaart.ftl" as kaart>
<#import "geschiedenis.ftl" as g>
<#assign p = page>
<@l.page p=p map=p.map()!"">
<@g.notice p.placeHistory()/>
<p class="lead">Basisschool voor kinderen van 4 tot 12 jaar.</p>
<dl class="facts">
  <@l.fact "Adres" p.address()/>
  <@l.fact "Richting" p.denomination()/>
  <@l.linkFact "Schoolbestuur" p.board()/>
  <@l.linkFact "Gebied" p.area()/>
  <@l.websiteFact p.website()/>
  <@g.facts p.placeHistory()/>
</dl>

<section aria-labelledby="kindcentra">
  <h2 id="kindcentra">Kindcentrum</h2>
  <#if p.kindcentra()?has_content>
  <p>Deze school werkt samen met de opvang in:</p>
  </#if>
  <@l.cards p.kindcentra() p.noKindcentrum()/>
</section>

<section aria-labelledby="opvang">
  <h2 id="opvang">Opvang in de buurt</h2>
  <@l.nearby p.childcareNearby() "Er is geen opvanglocatie in dit gebied."/>
</section>

<#if p.map()??>
<section aria-labelledby="kaart-kop">
  <h2 id="kaart-kop">In de buurt</h2>
  <@kaart.map m=p.map() list=false/>
</section>
</#if>
</@l.page>
