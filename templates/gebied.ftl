<#import "layout.ftl" as l>
<#import "kaart.ftl" as kaart>
<#assign p = page>
<@l.page p=p map=p.map()!"">
<#if p.description()??><p class="lead">${p.description()}</p></#if>
<#if p.parent()??>
<dl class="facts">
  <@l.linkFact "Ligt in" p.parent()/>
</dl>
</#if>

<ul class="figures small" aria-label="In cijfers">
<#list p.figures() as f><li><span class="figure-value">${f.value()}</span> <span class="figure-label">${f.label()}</span></li></#list>
</ul>

<#if p.map()??>
<section aria-labelledby="kaart-kop">
  <h2 id="kaart-kop">Op de kaart</h2>
  <@kaart.map p.map()/>
</section>
</#if>

<#if p.subAreas()?has_content>
<section aria-labelledby="wijken">
  <h2 id="wijken">Wijken in ${p.name()}</h2>
  <ul class="link-list">
  <#list p.subAreas() as a><li><a href="${a.href()}">${a.label()}</a></li></#list>
  </ul>
  <p>De scholen, opvang en kindcentra in deze wijken staan hieronder ook.</p>
</section>
</#if>

<section aria-labelledby="kindcentra">
  <h2 id="kindcentra">Kindcentra</h2>
  <@l.cards p.kindcentra() "Er is hier nog geen kindcentrum."/>
</section>

<section aria-labelledby="scholen">
  <h2 id="scholen">Scholen</h2>
  <#if p.schoolsList()??>
  <p><a href="${p.schoolsList().href()}">${p.schoolsList().label()}</a> staan in een lijst op een eigen pagina.</p>
  <#else>
  <@l.cards p.schools() "Er is hier geen basisschool."/>
  </#if>
</section>

<section aria-labelledby="opvang">
  <h2 id="opvang">Opvang</h2>
  <#if p.childcareList()??>
  <p><a href="${p.childcareList().href()}">${p.childcareList().label()}</a> staan in een lijst op een eigen pagina.</p>
  <#else>
  <@l.cards p.childcare() "Er is hier geen opvanglocatie."/>
  </#if>
</section>

<#assign s = p.summary()>
<section aria-labelledby="cijfers">
  <h2 id="cijfers">Cijfers van ${p.name()}</h2>
  <p>De cijfers tellen alleen plekken mee die open zijn op de datum van deze editie.<#if p.subAreas()?has_content> De wijken in dit gebied tellen mee.</#if></p>
  <div class="table-scroll" role="region" aria-labelledby="cijfers-caption" tabindex="0">
  <table>
    <caption id="cijfers-caption">Scholen, opvang en kindcentra in ${p.name()}</caption>
    <thead><tr><th scope="col">Wat</th><th scope="col">Aantal</th></tr></thead>
    <tbody>
    <#list s.rows() as r><tr><th scope="row">${r.label()}</th><td>${r.value()}</td></tr></#list>
    </tbody>
  </table>
  </div>
  <#if s.toddlers()??>
  <p>Peuters: ${s.toddlers()}.<#if s.toddlersSource()??> <span class="source">${s.toddlersSource()}</span></#if></p>
  <#else>
  <p>Het aantal peuters in dit gebied is niet bekend.</p>
  </#if>
  <#if s.kindcentra()?has_content>
  <div class="table-scroll" role="region" aria-labelledby="ikc-caption" tabindex="0">
  <table>
    <caption id="ikc-caption">Plannen per kindcentrum in ${p.name()}</caption>
    <thead><tr><th scope="col">Kindcentrum</th><th scope="col">Scenario</th><th scope="col">Leiding bij de overstap</th><th scope="col">Belangstelling</th><th scope="col">Huisvesting</th><th scope="col">Wensen voor de huisvesting</th></tr></thead>
    <tbody>
    <#list s.kindcentra() as k>
      <tr><th scope="row"><a href="${k.kindcentrum().href()}">${k.kindcentrum().label()}</a></th><td>${k.scenario()}</td><td>${k.lead()}</td><td>${k.interest()}</td><td>${k.housing()}</td><td><#if k.wishes()??>${k.wishes()}<#else>Geen</#if></td></tr>
    </#list>
    </tbody>
  </table>
  </div>
  </#if>
</section>
</@l.page>
