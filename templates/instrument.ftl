<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<#if p.description()??><p class="lead">${p.description()}</p></#if>
<p>Met dit instrument kijken school en opvang samen hoe ver hun samenwerking is. Ze doen dat elk jaar, op een aantal thema's. Voor elk thema kiezen ze een niveau. Het doel is niet om zo snel mogelijk het hoogste niveau te halen. Het gaat erom dat de samenwerking past bij de kinderen en de buurt.</p>

<section aria-labelledby="niveaus">
  <h2 id="niveaus">De niveaus</h2>
  <ol class="levels">
  <#list p.levels() as lv>
    <li><@l.level lv.level()/><br><strong>${lv.summary()}</strong> ${lv.plain()}</li>
  </#list>
  </ol>
</section>

<section aria-labelledby="themas">
  <h2 id="themas">De thema's</h2>
  <ul class="link-list">
  <#list p.themes() as t><li><a href="#${t.id()}">${t.name()}</a></li></#list>
  </ul>
  <#list p.themes() as t>
  <section class="theme" aria-labelledby="${t.id()}">
    <h3 id="${t.id()}">${t.name()}</h3>
    <p>${t.summary()}</p>
    <ol class="levels">
    <#list t.levels() as lv>
      <li><@l.level lv.level()/><br><strong>${lv.summary()}</strong> ${lv.plain()}</li>
    </#list>
    </ol>
  </section>
  </#list>
</section>
</@l.page>
