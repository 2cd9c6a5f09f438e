<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<#if p.summary()??><p class="lead">${p.summary()}</p></#if>
<div class="prose">
${p.html()?no_esc}
</div>

<section aria-labelledby="de-niveaus">
  <h2 id="de-niveaus">De niveaus, een voor een</h2>
  <ol class="levels levels-explained">
  <#list p.levels() as lv>
    <li>
      <h3><@l.level lv.level()/></h3>
      <p><strong>${lv.summary()}</strong></p>
      <p>${lv.plain()}</p>
    </li>
  </#list>
  </ol>
</section>
</@l.page>
